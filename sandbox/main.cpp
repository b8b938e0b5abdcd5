// Placeholder entry point until the sandbox lands.
int main() { return 0; }
