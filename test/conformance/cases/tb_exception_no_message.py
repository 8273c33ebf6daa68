def check(flag):
    if not flag:
        raise RuntimeError

check(True)
check(False)
