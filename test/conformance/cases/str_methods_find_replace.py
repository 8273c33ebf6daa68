s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.index("sat"), s.rindex("the"))
print(s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.replace("at", "og"), s.replace("the", "a", 1), "aaa".replace("", "-"))
print(s.startswith("the"), s.endswith(("mat", "hat")), s.startswith("cat", 4))
print(s.find("at", 6), s.find("at", 6, 8))
try:
    s.index("dog")
except ValueError as e:
    print(e)
print("abc".replace("b", ""), "Mississippi".replace("ss", "SS"))
