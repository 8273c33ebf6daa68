# Finding a leak by following references backwards. An object that "should"
# be gone is alive because something still refers to it; gc.get_referrers()
# lists the tracked containers that hold a reference, and we walk back until
# we reach something we recognise (a module global, a registry, ...).
import gc
import sys

class Session:
    def __init__(self, user):
        self.user = user

# A registry of listeners that nobody ever cleans up: the classic leak.
_listeners = {}

def open_session(user):
    s = Session(user)
    _listeners.setdefault("logout", []).append(s)   # forgotten reference
    return s

s = open_session("ada")
del s               # we think the session is gone...

# ...but its count says otherwise. Find it among the objects gc tracks.
# (Instances of ordinary classes are tracked; the list comprehension is the
# usual way to find "all objects of my type".)
alive = [o for o in gc.get_objects() if isinstance(o, Session)]
print("sessions still alive:", len(alive))
leaked = alive[0]
del alive

# Who refers to it? Ignore our own frame's locals (the module dict, which
# holds the name `leaked`).
holders = [h for h in gc.get_referrers(leaked) if h is not globals()]
print("holders:", len(holders), type(holders[0]).__name__)
lst = holders[0]
print("the holder is the list", lst is _listeners["logout"])

# One more step back: who holds that list?
owners = [o for o in gc.get_referrers(lst) if o is not globals() and o is not holders]
print("the list is held by:", type(owners[0]).__name__,
      "which is _listeners:", owners[0] is _listeners)
del holders, owners, lst

# The fix: remove the forgotten reference. The refcount drops to just ours.
_listeners["logout"].remove(leaked)
print("refcount now:", sys.getrefcount(leaked))   # 2: `leaked` + the argument
del leaked
print("sessions alive:", len([o for o in gc.get_objects() if isinstance(o, Session)]))
