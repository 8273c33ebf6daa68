# Lists, dicts and sets through a long pseudo-random mix of operations (inserts, deletes,
# popitem/pop, copies, merges, set algebra, comprehensions). Every size must follow
# CPython's history: over-allocation, usable entries spent by deletes, dummies in set
# tables, clones of clean tables. Prints each container's size whenever it changes, and
# the first keys of the set and the dict (their table layout).
import sys

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


L = []
D = {}
T = set()
E = {}
last = None
for step in range(2500):
    op = rnd(26)
    n = rnd(60)
    if op == 0:
        L.append(n)
    elif op == 1:
        L += [n] * (n % 7)
    elif op == 2:
        del L[n % 4::n % 3 + 2]
    elif op == 3:
        if n % 2:
            L.sort()
        else:
            L.reverse()
    elif op == 4:
        L = [x for x in L if x % (n % 5 + 2)]
    elif op == 5:
        L = list(L) if n % 3 else L.copy()
    elif op == 6:
        L.insert(-n, 0)
    elif op == 7:
        L[n:n] = range(n % 6)
    elif op == 8:
        D['k%d' % n] = n
    elif op == 9:
        D.pop('k%d' % n, None)
    elif op == 10:
        D.update({'a%d' % (n % 9): 1, 'b%d' % (n % 7): 2})
    elif op == 11:
        D = {k: v for k, v in D.items() if v != n}
    elif op == 12:
        if n % 5 == 0:
            D = dict.fromkeys(D)
    elif op == 13:
        if n % 11 == 0:
            D.setdefault(n, 1)
        else:
            D.setdefault('z%d' % n, 1)
    elif op == 14:
        if D:
            D.popitem()
    elif op == 15:
        E[(n, n % 3)] = n
    elif op == 16:
        E.pop((n, n % 3), None)
    elif op == 17:
        E = dict(E) if n % 2 else E.copy()
    elif op == 18:
        T.add('s%d' % n)
    elif op == 19:
        T.discard('s%d' % n)
    elif op == 20:
        T |= {'s%d' % n, 's%d' % (n + 1), 's%d' % (n + 2)}
    elif op == 21:
        T &= set('s%d' % i for i in range(n, n + 40))
    elif op == 22:
        T ^= {'s%d' % n, 's%d' % (n * 2)}
    elif op == 23:
        T = T - {'s%d' % n} if n % 2 else T | {'s%d' % n}
    elif op == 24:
        if T:
            T.pop()
    else:
        T.update(['s%d' % i for i in range(n, n + n % 13)])
    sizes = (sys.getsizeof(L), sys.getsizeof(D), sys.getsizeof(T), sys.getsizeof(E))
    if sizes != last:
        print(step, sizes, list(T)[:3], list(D)[:2])
        last = sizes
