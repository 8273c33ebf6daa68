# "Did you mean" rules: locals before globals before builtins, case flips cost less,
# no hint for UnboundLocalError or a subclass of AttributeError, dir() of the object,
# an AttributeError raised by __getattr__ gets a hint too.
counter_total = 1

def local_first(countr):
    counter = 2
    return countre

def flips():
    Value = 1
    vaLUE = 2
    return VALUE

def unbound():
    total = total + 1

class Custom:
    def __dir__(self):
        return ["alpha", "alphabet", "beta"]
    def __getattr__(self, name):
        raise AttributeError(name)

class MyError(AttributeError):
    pass

class Thing:
    colour = 1
    def __getattr__(self, name):
        raise MyError(name)

try:
    local_first(0)
except NameError:
    try:
        flips()
    except NameError:
        try:
            unbound()
        except UnboundLocalError:
            try:
                Custom().alpah
            except AttributeError:
                try:
                    Thing().color
                except AttributeError:
                    prnt("done")
