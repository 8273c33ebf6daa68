a = 5
b = 7
print(a is 5 and b is 7)
print(a is 5 is 7)
print(a is [], a is ..., a is True)
