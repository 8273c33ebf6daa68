def main():
    print("running main")
    return 0

print(__name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
print(__file__.endswith("stmt_main_guard.py"))
print(type(__builtins__).__name__)
print(__doc__)
