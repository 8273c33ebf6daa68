def parse(text):
    try:
        return int(text)
    except ValueError:
        return undefined_fallback(text)

parse("12x")
