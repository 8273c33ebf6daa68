class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

print(Temperature(100).fahrenheit)
print(Temperature("hot").fahrenheit)
