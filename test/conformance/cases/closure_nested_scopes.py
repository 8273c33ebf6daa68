x = "global"
def level1():
    x = "level1"
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print(level1())
def shadow():
    x = "local"
    return x
print(shadow(), x)
def reads_global():
    return x.upper()
print(reads_global())
def builtin_shadow():
    len = lambda s: 42
    return len("abc")
print(builtin_shadow(), len("abc"))
def adder(a):
    def add_b(b):
        def add_c(c):
            return a + b + c
        return add_c
    return add_b
print(adder(1)(2)(3))
