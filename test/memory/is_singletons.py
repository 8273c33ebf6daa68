print(str() is '', tuple() is (), tuple([]) is ())
print([] is [], frozenset() is frozenset())
print(float('1.5') is float('1.5'))
print(True is (1 == 1), None is None)
e1 = ''
e2 = 'abc'[3:]
print(e1 is e2)
t1 = ()
t2 = tuple(x for x in [])
print(t1 is t2)
print('a'[0:0] is '')
