prices = {"apple": 1.25}
print(prices["apple"])
print(prices["banana's"])
