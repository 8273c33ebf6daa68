def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset
inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
print(inc.__closure__ is not None, len(inc.__closure__))
print([c.cell_contents for c in inc.__closure__])
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
