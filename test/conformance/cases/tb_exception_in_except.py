try:
    {}["k"]
except KeyError:
    print("handling")
    [][1]
