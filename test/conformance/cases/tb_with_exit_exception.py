class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit called with", exc[0].__name__)
        return False

with CM():
    raise OSError if False else NotImplementedError("not yet")
