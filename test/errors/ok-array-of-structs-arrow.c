// Valid: an array of structs decays to a pointer, so -> works on it.
struct item { int id; };
int main(void) {
    struct item items[2] = {{1}, {2}};
    items->id = 5;
    (items + 1)->id += 1;
    return items[0].id + items[1].id;
}
