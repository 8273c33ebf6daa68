import sys
print("sys imported")
import no_such_module_memsnake
