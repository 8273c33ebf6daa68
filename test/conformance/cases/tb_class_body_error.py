class Settings:
    debug = True
    level = debug + "high"
