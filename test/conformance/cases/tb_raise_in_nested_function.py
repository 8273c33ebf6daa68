def outer():
    def inner(level):
        if level == 0:
            raise IndexError("bottom reached")
        inner(level - 1)
    inner(2)

outer()
