raw = "forty-two"
n = int(raw)
