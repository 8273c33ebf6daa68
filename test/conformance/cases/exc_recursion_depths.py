# Which guard reaches the limit first: Python frames, C calls (builtins, classes),
# repr() counts one level, container reprs none of their own, as in CPython 3.11.
import sys

class Node:
    def __init__(self, n):
        self.child = Node(n + 1)

try:
    Node(0)
except RecursionError as e:
    print(1, e)

class T:
    def __repr__(self):
        return "<" + repr((self, [self], {0: self})) + ">"

try:
    repr(T())
except RecursionError as e:
    print(2, e)

class R:
    def __repr__(self):
        return "<" + repr([self]) + ">"

try:
    repr(R())
except RecursionError as e:
    print(3, e)

def through_len(n):
    return len([through_len(n + 1)])

try:
    through_len(0)
except RecursionError as e:
    print(4, e)

def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n

print(5, count(0))
try:
    sys.setrecursionlimit(2)
except RecursionError as e:
    print(6, e)

def inner():
    sys.setrecursionlimit(3)

try:
    inner()
except RecursionError as e:
    print(7, e)
print(8, sys.getrecursionlimit())
