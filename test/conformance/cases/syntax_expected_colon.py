print("never printed")
def greet(name)
    return "hi " + name
