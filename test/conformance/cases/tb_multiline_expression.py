config = {"a": 1, "b": 2}
value = (
    config["a"]
    + config["b"]
    + config["c"]
)
