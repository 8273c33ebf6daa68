class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name}: {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def kind(self):
        return "big " + super().kind()
for a in (Animal("x"), Cat("tom"), Lion("leo")):
    print(a.speak(), a.kind(), type(a).__name__)
print(Lion.__mro__)
print(Lion.__bases__, Cat.__base__)
print(issubclass(Lion, Animal), Lion.__subclasses__() == [], Animal.__subclasses__())
