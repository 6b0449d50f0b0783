#include <stdio.h>

#define CAP 8

typedef struct { int data[CAP]; int top; } Stack;
typedef struct { int data[CAP]; int head, count; } Queue;

int s_push(Stack *s, int v) { if (s->top == CAP) return 0; s->data[s->top++] = v; return 1; }
int s_pop(Stack *s, int *v) { if (s->top == 0) return 0; *v = s->data[--s->top]; return 1; }
int q_push(Queue *q, int v) { if (q->count == CAP) return 0; q->data[(q->head + q->count++) % CAP] = v; return 1; }
int q_pop(Queue *q, int *v) { if (!q->count) return 0; *v = q->data[q->head]; q->head = (q->head + 1) % CAP; q->count--; return 1; }

int balanced(const char *s) {
    Stack st = {{0}, 0};
    int c;
    for (; *s; s++) {
        if (*s == '(' || *s == '[' || *s == '{') { if (!s_push(&st, *s)) return -1; }
        else if (*s == ')' || *s == ']' || *s == '}') {
            if (!s_pop(&st, &c)) return 0;
            if ((*s == ')' && c != '(') || (*s == ']' && c != '[') || (*s == '}' && c != '{')) return 0;
        }
    }
    return st.top == 0;
}

int main(void) {
    Stack s = {{0}, 0};
    Queue q = {{0}, 0, 0};
    int i, v;
    for (i = 1; i <= 10; i++) printf("%d", s_push(&s, i * 10));
    printf("\n");
    while (s_pop(&s, &v)) printf("%d ", v);
    printf("\n");
    for (i = 1; i <= 5; i++) q_push(&q, i);
    for (i = 0; i < 3; i++) { q_pop(&q, &v); printf("%d ", v); }
    for (i = 6; i <= 12; i++) printf("[%d]", q_push(&q, i));
    printf("\n");
    while (q_pop(&q, &v)) printf("%d ", v);
    printf("\n");
    const char *tests[] = {"(a[b]{c})", "((", "())", "{[(])}", "", "[[[[[[[[[]]]]]]]]]"};
    for (i = 0; i < 6; i++) printf("%d ", balanced(tests[i]));
    printf("\n");
    return 0;
}
