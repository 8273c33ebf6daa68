def broken:
    pass
