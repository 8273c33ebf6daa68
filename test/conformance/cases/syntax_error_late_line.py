print("line 1 would print if the file were run line by line")
a = 1
b = 2
c = a + b
print(c)
if c > 2:
    print("big")
for i in range(3):
    print(i)
def f(:
    pass
