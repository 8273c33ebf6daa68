print(2 in [1, 2, 3], 4 in (1, 2, 3), "lo" in "hello", "" in "abc")
d = {"a": 1}
print("a" in d, 1 in d, 1 in d.values(), ("a", 1) in d.items())
s = {1, 2}
print(1 in s, 3 not in s)
print(5 in range(0, 10, 5), 7 in range(0, 10, 5))
class Bag:
    def __contains__(self, item):
        print("contains?", item)
        return item == "gold"
bag = Bag()
print("gold" in bag, "tin" not in bag)
class Seq:
    def __iter__(self):
        return iter([1, 2, 3])
print(3 in Seq(), 4 in Seq())
