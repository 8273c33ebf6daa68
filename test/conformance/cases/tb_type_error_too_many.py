def area(w, h):
    return w * h

area(1, 2, 3)
