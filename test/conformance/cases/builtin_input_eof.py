try:
    line = input("prompt> ")
    print("got", repr(line))
except EOFError as e:
    print("EOFError", repr(e))
