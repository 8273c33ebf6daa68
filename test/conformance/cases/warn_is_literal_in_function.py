def never_called(v):
    return v is -6

def called(v):
    return v is "text"

print("warnings come before this line")
print(called("te" + "xt"))
print(chr(97) is "a")
