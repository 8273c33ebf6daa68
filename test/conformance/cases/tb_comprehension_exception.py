data = ["1", "2", "three", "4"]
print("parsing")
numbers = [int(s) for s in data]
print(numbers)
