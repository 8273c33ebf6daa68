class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found")
        self.what = what
        self.code = code
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, e.code)
    print(repr(e))
e = AppError("a", 1)
print(str(e), repr(e), e.args)
print(str(AppError()), repr(AppError()))
print(NotFound.__mro__)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(WithStr("ignored"), repr(WithStr("x")))
