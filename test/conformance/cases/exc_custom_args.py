class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.args, e.field)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(repr(e), str(e), e.args)
class Coded(Exception):
    code = 500
print(Coded().code, Coded("m").args)
