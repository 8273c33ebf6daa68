cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: None + 1,
    lambda: {} < {},
    lambda: [1] < 1,
    lambda: -"a",
    lambda: ~1.5,
    lambda: "a" / 2,
    lambda: 2 ** "x",
    lambda: [] @ [],
    lambda: 1 & 1.0,
    lambda: "abc"[1.5],
    lambda: len(5),
    lambda: 5(),
    lambda: None[0],
    lambda: (1, 2) + [3],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
