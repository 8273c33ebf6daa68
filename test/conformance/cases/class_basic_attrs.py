class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return self.name + " says woof"
a = Dog("rex")
b = Dog("fido")
print(a.speak(), b.speak(), Dog.count)
print(a.species, Dog.species)
a.species = "own"
print(a.species, b.species, Dog.species)
print(Dog.speak(b))
print(type(a.speak).__name__, type(Dog.speak).__name__)
print(a.speak.__self__ is a, a.speak.__func__ is Dog.speak)
print(Dog.__name__, Dog.__module__, Dog.__qualname__)
print(isinstance(a, Dog), a.__class__ is Dog)
