class Base:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "Base(" + self.name + ")"
class Child(Base):
    def __init__(self, name, n):
        super().__init__(name)
        self.n = n
    def describe(self):
        return "Child<" + super().describe() + ">"
c = Child("c", 2)
print(c.describe(), c.n)
print(super(Child, c).describe())
class Plain:
    def __init__(self):
        super().__init__()
        print("object.__init__ ran")
Plain()
print(isinstance(super(Child, c), super))
