print("this line never runs")
x = 1
y = x +* 2
print(y)
