class Bad:
    def __del__(self):
        raise ValueError("oops in __del__")
b = Bad()
print('before del')
del b
print('after del, program continues')
def make():
    Bad()
make()
print('end')
