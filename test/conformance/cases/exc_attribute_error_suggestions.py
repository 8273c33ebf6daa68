class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
c = Config()
for attr in ["verbos", "timeot", "zzz"]:
    try:
        getattr(c, attr)
    except AttributeError as e:
        print(e)
try:
    c.verbos
except AttributeError as e:
    print("direct:", e)
try:
    [].apend(1)
except AttributeError as e:
    print(e)
try:
    "s".uper()
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print(e)
try:
    Config.nothing
except AttributeError as e:
    print(e)
