/* Text views, candidate scans and sentence boundaries in C for govdoc's finder (optional:
 * govdoc._text, govdoc._scan and govdoc._links fall back to Python).
 *
 * views() maps a long text through per-character tables built in Python (govdoc._text),
 * so its results are those tables'. sentence_starts() applies the sentence-boundary rule
 * of govdoc._links._BOUNDARY, branch for branch (the tests check both against one plain
 * pattern). The scans return positions where a match of one of the finder's regular
 * expressions may start: every position where it does start, and a few more. The finder
 * then tries its regular expression at those positions only, which gives exactly the
 * matches a scan of the whole text would give (govdoc._scan, and the tests comparing the
 * two). Nothing here decides what a reference is; it only skips text that cannot hold one.
 *
 * Input is untrusted: every read is bounds-checked, and each function makes one pass over
 * the text plus a bounded amount of work per position (the word lists are fixed and short).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define IS_LOWER(c) ((c) >= 'a' && (c) <= 'z')
#define MAX_NUMBER_DIGITS 6 /* SYMBOL's running number is [0-9]{1,6} */

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t length;
} Text;

static inline Py_UCS4 at(const Text *t, Py_ssize_t i)
{
    return i < t->length ? PyUnicode_READ(t->kind, t->data, i) : 0;
}

/* Whether what follows a run of digits ending at `i` can continue a symbol: the Party
 * "-KL/…" or "CV/…", the State "/CT-…" or "/2020/NĐ-…", or the old "-CP" (see
 * govdoc._grammar.SYMBOL; spaces there are single and optional, and a line break may
 * follow a separator). */
static int symbol_may_follow(const Text *t, Py_ssize_t i)
{
    Py_ssize_t j = i;
    if (at(t, j) == ' ')
        j++;
    Py_UCS4 c = at(t, j);
    if (c == '-' || c == '/') {
        j++;
        if (at(t, j) == ' ' || at(t, j) == '\n')
            j++; /* "202-⏎kl/tw": the line wrapped after the separator */
        if (IS_LOWER(at(t, j)))
            return 1;
        if (c == '-')
            return 0;
        Py_UCS4 century = at(t, j), decade = at(t, j + 1);
        for (int k = 0; k < 4; k++, j++) /* a four-digit year, then "/" or "-" */
            if (!IS_DIGIT(at(t, j)))
                return 0;
        if (IS_LOWER(at(t, j)) && ((century == '1' && decade == '9') || (century == '2' && decade == '0')))
            return 1; /* "49/2025tt-bct": the slash after the year left out */
        if (at(t, j) == ' ')
            j++;
        c = at(t, j);
        if (c != '/' && c != '-')
            return 0;
        j++;
        if (c == '/' && at(t, j) == '/')
            j++; /* "39/2010//tt-btnmt": a slash typed twice */
        if (at(t, j) == ' ' || at(t, j) == '\n')
            j++;
        return IS_LOWER(at(t, j));
    }
    if (IS_LOWER(at(t, i)))
        return 1; /* "858cv/…": a Party code with no hyphen */
    if (j == i || !IS_LOWER(c))
        return 0;
    /* "52 hd/btctw": a space for the hyphen; only a code, then "/", may follow */
    for (int k = 0; k < 16 && (IS_LOWER(at(t, j)) || IS_DIGIT(at(t, j)) || at(t, j) == '&'); k++)
        j++;
    if (at(t, j) == ' ')
        j++;
    return at(t, j) == '/';
}

static int read_text(PyObject *obj, Text *t)
{
    if (!PyUnicode_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "expected a str");
        return -1;
    }
    t->kind = PyUnicode_KIND(obj);
    t->data = PyUnicode_DATA(obj);
    t->length = PyUnicode_GET_LENGTH(obj);
    return 0;
}

static int append_position(PyObject *list, Py_ssize_t position)
{
    PyObject *value = PyLong_FromSsize_t(position);
    if (value == NULL)
        return -1;
    int failed = PyList_Append(list, value);
    Py_DECREF(value);
    return failed;
}

/* Whether a place in a series and a symbol follow a run of digits ending at `i`:
 * "66.7/2025/nq-cp" (SYMBOL's "sub": one or two digits after a dot, then a year). The
 * pattern itself checks the rest; this only keeps the number's run as a candidate. */
static int series_may_follow(const Text *t, Py_ssize_t i)
{
    if (at(t, i) != '.' || !IS_DIGIT(at(t, i + 1)))
        return 0;
    Py_ssize_t j = i + 2;
    if (IS_DIGIT(at(t, j)))
        j++;
    return symbol_may_follow(t, j);
}

PyDoc_STRVAR(symbol_starts_doc,
"symbol_starts(text, /)\n--\n\n"
"Positions in folded text where a document symbol may start, in order.");

static PyObject *symbol_starts(PyObject *Py_UNUSED(module), PyObject *arg)
{
    Text t;
    if (read_text(arg, &t) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t i = 0;
    while (i < t.length) {
        if (!IS_DIGIT(PyUnicode_READ(t.kind, t.data, i))) {
            i++;
            continue;
        }
        Py_ssize_t run = i;
        while (i < t.length && IS_DIGIT(PyUnicode_READ(t.kind, t.data, i)))
            i++;
        if (!symbol_may_follow(&t, i) && !series_may_follow(&t, i))
            continue;
        /* The number takes the rest of the run, so it starts in its last six digits. */
        Py_ssize_t first = i - run > MAX_NUMBER_DIGITS ? i - MAX_NUMBER_DIGITS : run;
        for (Py_ssize_t p = first; p < i; p++) {
            if (append_position(out, p) < 0) {
                Py_DECREF(out);
                return NULL;
            }
        }
    }
    return out;
}

/* One word of a word list, ASCII letters and single spaces. */
typedef struct {
    const char *chars;
    Py_ssize_t length;
} Word;

/* The words bucketed by their first character, so a position is checked only against
 * the words that can start there. */
typedef struct {
    const Word *words;
    Py_ssize_t bucket_start[129]; /* words[bucket_start[c] .. bucket_start[c + 1]) start with c */
    /* A cheaper test first: which second characters follow a first one in some word
     * (bit c1 of second[c0]), or any_second[c0] where a word's second character is a
     * joiner or it has none. Most letters of prose fail it. */
    unsigned char second[128][16];
    unsigned char any_second[128];
    const char *extra;
    int max_join;
} WordTable;

static inline int may_start_word(const WordTable *table, Py_UCS4 c, Py_UCS4 next)
{
    if (table->any_second[c])
        return 1;
    return next < 128 && (table->second[c][next >> 3] >> (next & 7)) & 1;
}

static inline int is_joiner(Py_UCS4 c, const char *extra)
{
    if (c < 128)
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || (c != 0 && strchr(extra, (int)c));
    return Py_UNICODE_ISSPACE(c);
}

/* Where `word` ends if it matches at `p` before `length`, else 0 (a word is never empty),
 * each space in it standing for 1 to `max_join` joiners (white space or a character of
 * `extra`), as "[\s_]{1,3}" does in the patterns. The ASCII white space listed is exactly
 * what Py_UNICODE_ISSPACE accepts below 128. */
#define DEFINE_WORD_AT(NAME, CHAR)                                                            \
    static Py_ssize_t NAME(const CHAR *text, Py_ssize_t length, Py_ssize_t p, const Word *word, \
                           const WordTable *table)                                            \
    {                                                                                         \
        Py_ssize_t j = p;                                                                     \
        for (Py_ssize_t k = 0; k < word->length; k++) {                                       \
            char w = word->chars[k];                                                          \
            if (w == ' ') {                                                                   \
                int run = 0;                                                                  \
                while (run < table->max_join && j < length && is_joiner(text[j], table->extra)) { \
                    run++;                                                                    \
                    j++;                                                                      \
                }                                                                             \
                if (run == 0)                                                                 \
                    return 0;                                                                 \
            }                                                                                 \
            else {                                                                            \
                if (j >= length || text[j] != (CHAR)(unsigned char)w)                         \
                    return 0;                                                                 \
                j++;                                                                          \
            }                                                                                 \
        }                                                                                     \
        return j;                                                                             \
    }

/* Appends to `out` every position in [start, end) where a word of `table` starts; with
 * `matches`, only where each match of the words' alternation (longest word first) starts,
 * as `finditer` over [start, end) finds them: left to right, none inside the one before
 * (and none running past `end`). */
#define DEFINE_SCAN_WORDS(NAME, WORD_AT, CHAR)                                                \
    DEFINE_WORD_AT(WORD_AT, CHAR)                                                             \
    static int NAME(const CHAR *text, Py_ssize_t length, Py_ssize_t start, Py_ssize_t end,    \
                    const WordTable *table, int matches, PyObject *out)                       \
    {                                                                                         \
        Py_ssize_t bound = matches ? end : length;                                            \
        for (Py_ssize_t p = start; p < end; p++) {                                            \
            CHAR c = text[p];                                                                 \
            if (c >= 128 || table->bucket_start[c] == table->bucket_start[c + 1]              \
                || !may_start_word(table, c, p + 1 < bound ? text[p + 1] : 0))                \
                continue;                                                                     \
            Py_ssize_t longest = 0;                                                           \
            for (Py_ssize_t n = table->bucket_start[c]; n < table->bucket_start[c + 1]; n++) { \
                Py_ssize_t stop = WORD_AT(text, bound, p, &table->words[n], table);           \
                if (stop > longest) {                                                         \
                    longest = stop;                                                           \
                    if (!matches)                                                             \
                        break; /* one word starting here is enough */                         \
                }                                                                             \
            }                                                                                 \
            if (longest > 0) {                                                                \
                if (append_position(out, p) < 0)                                              \
                    return -1;                                                                \
                if (matches)                                                                  \
                    p = longest - 1; /* the next match starts after this one */               \
            }                                                                                 \
        }                                                                                     \
        return 0;                                                                             \
    }

DEFINE_SCAN_WORDS(scan_words_1, word_at_1, Py_UCS1)
DEFINE_SCAN_WORDS(scan_words_2, word_at_2, Py_UCS2)
DEFINE_SCAN_WORDS(scan_words_4, word_at_4, Py_UCS4)

static int compare_first_char(const void *a, const void *b)
{
    return (unsigned char)((const Word *)a)->chars[0] - (unsigned char)((const Word *)b)->chars[0];
}

PyDoc_STRVAR(word_starts_doc,
"word_starts(text, words, extra, max_join, start, end, /)\n--\n\n"
"Positions in [start, end) where one of `words` (folded, lower-case ASCII, single\n"
"spaces) starts, a space matching 1 to `max_join` white-space characters or\n"
"characters of `extra` (ASCII).");

PyDoc_STRVAR(word_matches_doc,
"word_matches(text, words, extra, max_join, start, end, /)\n--\n\n"
"Where the matches in [start, end) of the alternation of `words`, longest first, start,\n"
"as `finditer` finds them: left to right, none inside the one before. Words and\n"
"spaces are read as word_starts() reads them.");

/* word_starts() and word_matches(): the same arguments, two scans. */
static PyObject *scan_word_list(PyObject *const *args, Py_ssize_t nargs, int matches)
{
    if (nargs != 6) {
        PyErr_SetString(PyExc_TypeError, "word_starts and word_matches take 6 arguments");
        return NULL;
    }
    Text t;
    if (read_text(args[0], &t) < 0)
        return NULL;
    if (!PyTuple_Check(args[1]) || !PyUnicode_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple of words and a str of extra joiners");
        return NULL;
    }
    WordTable table;
    table.extra = PyUnicode_AsUTF8(args[2]);
    long max_join = PyLong_AsLong(args[3]);
    Py_ssize_t start = PyLong_AsSsize_t(args[4]);
    Py_ssize_t end = PyLong_AsSsize_t(args[5]);
    if (table.extra == NULL || PyErr_Occurred())
        return NULL;
    if (!PyUnicode_IS_ASCII(args[2])) {
        PyErr_SetString(PyExc_ValueError, "extra joiners must be ASCII");
        return NULL;
    }
    table.max_join = max_join < 0 ? 0 : (max_join > 64 ? 64 : (int)max_join);
    if (start < 0)
        start = 0;
    if (end > t.length)
        end = t.length;

    Py_ssize_t count = PyTuple_GET_SIZE(args[1]);
    Word *words = PyMem_New(Word, count > 0 ? count : 1);
    if (words == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t n = 0; n < count; n++) {
        PyObject *item = PyTuple_GET_ITEM(args[1], n);
        if (!PyUnicode_Check(item) || !PyUnicode_IS_ASCII(item) || PyUnicode_GET_LENGTH(item) == 0) {
            PyMem_Free(words);
            PyErr_SetString(PyExc_ValueError, "words must be non-empty ASCII strings");
            return NULL;
        }
        words[n].chars = (const char *)PyUnicode_DATA(item);
        words[n].length = PyUnicode_GET_LENGTH(item);
    }
    qsort(words, (size_t)count, sizeof(Word), compare_first_char);
    memset(table.second, 0, sizeof table.second);
    memset(table.any_second, 0, sizeof table.any_second);
    for (Py_ssize_t k = 0; k < count; k++) {
        unsigned char first = (unsigned char)words[k].chars[0];
        unsigned char next = words[k].length > 1 ? (unsigned char)words[k].chars[1] : ' ';
        if (first >= 128 || next >= 128)
            continue; /* ASCII only, checked above */
        if (next == ' ')
            table.any_second[first] = 1;
        else
            table.second[first][next >> 3] |= (unsigned char)(1u << (next & 7));
    }
    table.words = words;
    Py_ssize_t n = 0;
    for (int c = 0; c <= 128; c++) {
        while (n < count && (unsigned char)words[n].chars[0] < c)
            n++;
        table.bucket_start[c] = n;
    }

    PyObject *out = PyList_New(0);
    int failed = out == NULL;
    if (!failed && start < end) {
        if (t.kind == PyUnicode_1BYTE_KIND)
            failed = scan_words_1((const Py_UCS1 *)t.data, t.length, start, end, &table, matches, out) < 0;
        else if (t.kind == PyUnicode_2BYTE_KIND)
            failed = scan_words_2((const Py_UCS2 *)t.data, t.length, start, end, &table, matches, out) < 0;
        else
            failed = scan_words_4((const Py_UCS4 *)t.data, t.length, start, end, &table, matches, out) < 0;
    }
    PyMem_Free(words);
    if (failed) {
        Py_XDECREF(out);
        return NULL;
    }
    return out;
}

static PyObject *word_starts(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    return scan_word_list(args, nargs, 0);
}

static PyObject *word_matches(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    return scan_word_list(args, nargs, 1);
}

PyDoc_STRVAR(views_doc,
"views(text, looks, lowers, folds, /)\n--\n\n"
"The text with look-alike characters replaced, its lower-case view and its folded view,\n"
"each character mapped through the tables (indexed by code point: looks[c], then lowers\n"
"and folds of that), or None where a character lies beyond the tables or maps to\n"
"U+FFFF (the caller then builds the views itself). The first view is `text` itself\n"
"when no look-alike was replaced.");

/* The two passes of views() over text of one character width. */
#define DEFINE_VIEWS_PASSES(NAME, CHAR)                                                       \
    static int NAME##_measure(const CHAR *text, Py_ssize_t length, const Py_UCS2 *looks,     \
                              const Py_UCS2 *lowers, const Py_UCS2 *folds, Py_ssize_t size,  \
                              Py_UCS4 *max_text, Py_UCS4 *max_lower, Py_UCS4 *max_fold,     \
                              int *replaced)                                                 \
    {                                                                                        \
        for (Py_ssize_t i = 0; i < length; i++) {                                            \
            Py_UCS4 c = text[i];                                                             \
            if (c >= (Py_UCS4)size)                                                          \
                return 0;                                                                    \
            Py_UCS4 m = looks[c];                                                            \
            if (m >= (Py_UCS4)size)                                                          \
                return 0;                                                                    \
            Py_UCS4 low = lowers[m], fold = folds[m];                                        \
            if (low == 0xFFFF || fold == 0xFFFF)                                             \
                return 0;                                                                    \
            *replaced |= m != c;                                                             \
            if (m > *max_text)                                                               \
                *max_text = m;                                                               \
            if (low > *max_lower)                                                            \
                *max_lower = low;                                                            \
            if (fold > *max_fold)                                                            \
                *max_fold = fold;                                                            \
        }                                                                                    \
        return 1;                                                                            \
    }                                                                                        \
    static void NAME##_fill(const CHAR *text, Py_ssize_t length, const Py_UCS2 *looks,       \
                            const Py_UCS2 *lowers, const Py_UCS2 *folds, PyObject *out_text, \
                            PyObject *out_lower, PyObject *out_fold)                         \
    {                                                                                        \
        int text_kind = out_text ? PyUnicode_KIND(out_text) : 0;                             \
        void *text_data = out_text ? PyUnicode_DATA(out_text) : NULL;                        \
        int lower_kind = PyUnicode_KIND(out_lower), fold_kind = PyUnicode_KIND(out_fold);    \
        void *lower_data = PyUnicode_DATA(out_lower), *fold_data = PyUnicode_DATA(out_fold); \
        if (lower_kind == PyUnicode_2BYTE_KIND && fold_kind == PyUnicode_2BYTE_KIND          \
            && (text_data == NULL || text_kind == PyUnicode_2BYTE_KIND)) {                   \
            /* The common case for Vietnamese text, written without a switch per write. */  \
            Py_UCS2 *text_out = text_data, *lower_out = lower_data, *fold_out = fold_data;    \
            for (Py_ssize_t i = 0; i < length; i++) {                                        \
                Py_UCS2 m = looks[text[i]];                                                  \
                if (text_out != NULL)                                                        \
                    text_out[i] = m;                                                         \
                lower_out[i] = lowers[m];                                                    \
                fold_out[i] = folds[m];                                                      \
            }                                                                                \
            return;                                                                          \
        }                                                                                    \
        for (Py_ssize_t i = 0; i < length; i++) {                                            \
            Py_UCS4 m = looks[text[i]];                                                      \
            if (text_data != NULL)                                                           \
                PyUnicode_WRITE(text_kind, text_data, i, m);                                 \
            PyUnicode_WRITE(lower_kind, lower_data, i, lowers[m]);                           \
            PyUnicode_WRITE(fold_kind, fold_data, i, folds[m]);                              \
        }                                                                                    \
    }

DEFINE_VIEWS_PASSES(views_1, Py_UCS1)
DEFINE_VIEWS_PASSES(views_2, Py_UCS2)
DEFINE_VIEWS_PASSES(views_4, Py_UCS4)

static PyObject *views(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "views takes 4 arguments");
        return NULL;
    }
    Text t, looks, lowers, folds;
    if (read_text(args[0], &t) < 0 || read_text(args[1], &looks) < 0 || read_text(args[2], &lowers) < 0
        || read_text(args[3], &folds) < 0)
        return NULL;
    Py_ssize_t size = looks.length;
    if (lowers.length != size || folds.length != size || looks.kind != PyUnicode_2BYTE_KIND
        || lowers.kind != PyUnicode_2BYTE_KIND || folds.kind != PyUnicode_2BYTE_KIND) {
        PyErr_SetString(PyExc_ValueError, "the tables must be two-byte strings of one length");
        return NULL;
    }
    const Py_UCS2 *look = looks.data, *lower = lowers.data, *fold = folds.data;
    /* First pass: whether every character is covered, and the widest of each view. */
    Py_UCS4 max_text = 0, max_lower = 0, max_fold = 0;
    int replaced = 0, covered;
    if (t.kind == PyUnicode_1BYTE_KIND)
        covered = views_1_measure(t.data, t.length, look, lower, fold, size, &max_text, &max_lower, &max_fold,
                                  &replaced);
    else if (t.kind == PyUnicode_2BYTE_KIND)
        covered = views_2_measure(t.data, t.length, look, lower, fold, size, &max_text, &max_lower, &max_fold,
                                  &replaced);
    else
        covered = views_4_measure(t.data, t.length, look, lower, fold, size, &max_text, &max_lower, &max_fold,
                                  &replaced);
    if (!covered)
        Py_RETURN_NONE;
    PyObject *text = replaced ? PyUnicode_New(t.length, max_text) : NULL;
    PyObject *lowered = PyUnicode_New(t.length, max_lower);
    PyObject *folded = PyUnicode_New(t.length, max_fold);
    if ((replaced && text == NULL) || lowered == NULL || folded == NULL) {
        Py_XDECREF(text);
        Py_XDECREF(lowered);
        Py_XDECREF(folded);
        return NULL;
    }
    if (t.kind == PyUnicode_1BYTE_KIND)
        views_1_fill(t.data, t.length, look, lower, fold, text, lowered, folded);
    else if (t.kind == PyUnicode_2BYTE_KIND)
        views_2_fill(t.data, t.length, look, lower, fold, text, lowered, folded);
    else
        views_4_fill(t.data, t.length, look, lower, fold, text, lowered, folded);
    if (text == NULL) {
        text = args[0];
        Py_INCREF(text);
    }
    return Py_BuildValue("(NNN)", text, lowered, folded);
}

/* The literal words that open a new item at a line start (see govdoc._links._BOUNDARY). */
static const Py_UCS4 ITEM_CAN[] = {'c', 0x103, 'n', 0};
static const Py_UCS4 ITEM_CAN_UPPER[] = {'C', 0x103, 'n', 0};
static const Py_UCS4 ITEM_ARTICLE[] = {0x110, 'i', 0x1EC1, 'u', 0};
static const Py_UCS4 ITEM_CHAPTER[] = {'C', 'h', 0x1B0, 0x1A1, 'n', 'g', 0};
static const Py_UCS4 ITEM_CARRY[] = {'T', 'h', 0x1EF1, 'c', 0};      /* "Thực hiện" */
static const Py_UCS4 ITEM_CARRY_2[] = {'h', 'i', 0x1EC7, 'n', 0};
static const Py_UCS4 ITEM_DEPLOY[] = {'T', 'r', 'i', 0x1EC3, 'n', 0}; /* "Triển khai" */
static const Py_UCS4 ITEM_DEPLOY_2[] = {'k', 'h', 'a', 'i', 0};

/* The type words of a document a list may go on with on its next line, after ";". */
static const Py_UCS4 DOC_QUYET_UPPER[] = {'Q', 'u', 'y', 0x1EBF, 't', 0}; /* "Quyết định" */
static const Py_UCS4 DOC_QUY[] = {'Q', 'u', 'y', 0};                      /* "Quy định" */
static const Py_UCS4 DOC_DINH[] = {0x111, 0x1ECB, 'n', 'h', 0};
static const Py_UCS4 DOC_NGHI[] = {'N', 'g', 'h', 0x1ECB, 0}; /* "Nghị định", "Nghị quyết" */
static const Py_UCS4 DOC_QUYET[] = {'q', 'u', 'y', 0x1EBF, 't', 0};
static const Py_UCS4 DOC_THONG[] = {'T', 'h', 0xF4, 'n', 'g', 0}; /* "Thông tư (liên tịch)", "Thông báo" */
static const Py_UCS4 DOC_TU[] = {'t', 0x1B0, 0};
static const Py_UCS4 DOC_LIEN[] = {'l', 'i', 0xEA, 'n', 0};
static const Py_UCS4 DOC_TICH[] = {'t', 0x1ECB, 'c', 'h', 0};
static const Py_UCS4 DOC_BAO[] = {'b', 0xE1, 'o', 0};
static const Py_UCS4 DOC_CHI[] = {'C', 'h', 0x1EC9, 0}; /* "Chỉ thị" */
static const Py_UCS4 DOC_THI[] = {'t', 'h', 0x1ECB, 0};
static const Py_UCS4 DOC_CONG[] = {'C', 0xF4, 'n', 'g', 0}; /* "Công văn", "Công điện" */
static const Py_UCS4 DOC_VAN[] = {'v', 0x103, 'n', 0};
static const Py_UCS4 DOC_DIEN[] = {0x111, 'i', 0x1EC7, 'n', 0};
static const Py_UCS4 DOC_HUONG[] = {'H', 0x1B0, 0x1EDB, 'n', 'g', 0}; /* "Hướng dẫn" */
static const Py_UCS4 DOC_DAN[] = {'d', 0x1EAB, 'n', 0};
static const Py_UCS4 DOC_KET[] = {'K', 0x1EBF, 't', 0}; /* "Kết luận" */
static const Py_UCS4 DOC_LUAN[] = {'l', 'u', 0x1EAD, 'n', 0};
static const Py_UCS4 DOC_PHAP[] = {'P', 'h', 0xE1, 'p', 0}; /* "Pháp lệnh" */
static const Py_UCS4 DOC_LENH[] = {'l', 0x1EC7, 'n', 'h', 0};
static const Py_UCS4 DOC_LAW[] = {'L', 'u', 0x1EAD, 't', 0}; /* "Luật" */
static const Py_UCS4 DOC_NUMBER[] = {'s', 0x1ED1, 0};      /* "số" */
static const Py_UCS4 PART_ALL[] = {'c', 0x00E1, 'c', 0};             /* "các" */
static const Py_UCS4 PART_CLAUSE[] = {'k', 'h', 'o', 0x1EA3, 'n', 0}; /* "khoản" */
static const Py_UCS4 PART_POINT[] = {0x0111, 'i', 0x1EC3, 'm', 0};    /* "điểm" */
static const Py_UCS4 PART_ARTICLE[] = {0x0111, 'i', 0x1EC1, 'u', 0};  /* "điều" */

static int starts_with(const Text *t, Py_ssize_t j, const Py_UCS4 *word)
{
    for (; *word; word++, j++)
        if (j >= t->length || at(t, j) != *word)
            return 0;
    return 1;
}

static inline int is_blank(Py_UCS4 c)
{
    return c == ' ' || c == '\t';
}

/* Where `word` ends if it stands at `j` after at least one space, tab or "_" from `j`
 * (skipped), else -1; with `gap` 0 no separator is needed. */
static Py_ssize_t word_after(const Text *t, Py_ssize_t j, const Py_UCS4 *word, int gap)
{
    Py_ssize_t k = j;
    while (k < t->length && (is_blank(at(t, k)) || at(t, k) == '_'))
        k++;
    if ((gap && k == j) || !starts_with(t, k, word))
        return -1;
    while (*word++)
        k++;
    return k;
}

/* Where the two words end if they stand at `j` (after white space), a gap apart, or -1. */
static Py_ssize_t pair_after(const Text *t, Py_ssize_t j, const Py_UCS4 *first, const Py_UCS4 *second)
{
    Py_ssize_t k = word_after(t, j, first, 0);
    return k < 0 ? -1 : word_after(t, k, second, 1);
}

/* Whether a number follows the type word that ends at `k`: a gap, perhaps "số", then a digit. */
static int listed_number(const Text *t, Py_ssize_t k)
{
    if (k < 0 || k >= t->length || !(is_blank(at(t, k)) || at(t, k) == '_'))
        return 0;
    Py_ssize_t number = word_after(t, k, DOC_NUMBER, 1);
    if (number >= 0) {
        k = number;
        while (k < t->length && (is_blank(at(t, k)) || at(t, k) == '_' || at(t, k) == ':'))
            k++;
    } else
        while (k < t->length && (is_blank(at(t, k)) || at(t, k) == '_'))
            k++;
    return k < t->length && Py_UNICODE_ISDECIMAL(at(t, k));
}

/* Whether a number follows the "số" that ends at `k`, a gap between. */
static int bare_number(const Text *t, Py_ssize_t k)
{
    Py_ssize_t start = k;
    while (k < t->length && (is_blank(at(t, k)) || at(t, k) == '_'))
        k++;
    return k > start && k < t->length && Py_UNICODE_ISDECIMAL(at(t, k));
}

/* Whether a line opening at `j` names a document by its type and number ("Nghị định số
 * 92/2017/…", "Quyết định 1397/…"): after a ";", the list goes on (see _LISTED_DOCUMENT). */
static int opens_listed_document(const Text *t, Py_ssize_t j)
{
    static const Py_UCS4 *const pairs[][2] = {
        {DOC_QUYET_UPPER, DOC_DINH}, {DOC_QUY, DOC_DINH}, {DOC_NGHI, DOC_DINH}, {DOC_NGHI, DOC_QUYET},
        {DOC_THONG, DOC_BAO}, {DOC_CHI, DOC_THI}, {DOC_CONG, DOC_VAN}, {DOC_CONG, DOC_DIEN},
        {DOC_HUONG, DOC_DAN}, {DOC_KET, DOC_LUAN}, {DOC_PHAP, DOC_LENH},
    };
    Py_ssize_t k = pair_after(t, j, DOC_THONG, DOC_TU);
    if (k >= 0) {
        Py_ssize_t joint = word_after(t, k, DOC_LIEN, 1);
        joint = joint < 0 ? -1 : word_after(t, joint, DOC_TICH, 1);
        return listed_number(t, k) || listed_number(t, joint);
    }
    for (size_t n = 0; n < sizeof pairs / sizeof pairs[0]; n++)
        if ((k = pair_after(t, j, pairs[n][0], pairs[n][1])) >= 0)
            return listed_number(t, k);
    if ((k = word_after(t, j, DOC_NUMBER, 0)) >= 0)
        return bare_number(t, k);  /* "…;⏎số 118/2025/NĐ-CP …": the type was stated before the list */
    return listed_number(t, word_after(t, j, DOC_LAW, 0));
}

/* Whether a line opening at `j` goes on with a list of provisions in lower case ("… Điều 1;⏎các
 * khoản 1, 2 Điều 3; … của Thông tư A"): after a ";", the list goes on (see _LISTED_PART). */
static int opens_listed_part(const Text *t, Py_ssize_t j)
{
    static const Py_UCS4 *const parts[] = {PART_CLAUSE, PART_POINT, PART_ARTICLE};
    Py_ssize_t all = word_after(t, j, PART_ALL, 0);
    Py_ssize_t k = all >= 0 ? all : j;
    for (size_t n = 0; n < sizeof parts / sizeof parts[0]; n++) {
        Py_ssize_t end = word_after(t, k, parts[n], all >= 0);
        if (end >= 0)
            return bare_number(t, end);
    }
    return 0;
}

static inline int is_closing(Py_UCS4 c)
{
    return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '*' || c == '|';
}

/* Whether an article heading ("Điều 20.", "Điều 42a:", "Điều 5 -") stands at `j`, just
 * after its word: not a wrapped line going on with "Điều 20 Thông tư …". */
static int article_number(const Text *t, Py_ssize_t j)
{
    Py_ssize_t k = j;
    while (is_blank(at(t, k)))
        k++;
    if (k == j)
        return 0;
    Py_ssize_t digits = k;
    while (k < t->length && k - digits < 4 && Py_UNICODE_ISDECIMAL(at(t, k)))
        k++;
    if (k == digits || k - digits > 3)
        return 0;
    if (IS_LOWER(at(t, k)))
        k++;
    while (is_blank(at(t, k)))
        k++;
    Py_UCS4 mark = at(t, k);
    return k < t->length && (mark == '.' || mark == ':' || mark == '-');
}

/* Whether a chapter heading's number ("Chương I", "Chương 2") follows its word at `j`. */
static int chapter_number(const Text *t, Py_ssize_t j)
{
    Py_ssize_t k = j;
    while (is_blank(at(t, k)))
        k++;
    Py_UCS4 c = at(t, k);
    if (k == j || k >= t->length)
        return 0;
    return (c < 128 && c != 0 && strchr("IVXLCDM", (int)c) != NULL) || Py_UNICODE_ISDECIMAL(c);
}

/* Whether the two words `first` and `second` stand at `j`, one space, tab or "_" apart. */
static int starts_with_pair(const Text *t, Py_ssize_t j, const Py_UCS4 *first, const Py_UCS4 *second)
{
    Py_ssize_t k = j;
    while (first[k - j])
        k++;
    if (!starts_with(t, j, first) || k >= t->length)
        return 0;
    Py_UCS4 gap = at(t, k);
    return (is_blank(gap) || gap == '_') && starts_with(t, k + 1, second);
}

/* Whether a new item opens at `j` (just after a line break): a list marker, a heading,
 * a table row, "1." or "12)" (or "1 .") then white space, one of the item words, or a clause opening
 * with its verb ("Thực hiện", "Triển khai"). */
static int opens_item(const Text *t, Py_ssize_t j)
{
    while (is_blank(at(t, j)))
        j++;
    Py_UCS4 c = at(t, j);
    if (c == '*' || c == '-' || c == '+' || c == '#' || c == '|' || c == '>')
        return 1;
    if (j < t->length && Py_UNICODE_ISDECIMAL(c)) {
        Py_ssize_t k = j + 1; /* one or two digits, then "." or ")" ("1 ." segmented), then white space */
        if (k < t->length && Py_UNICODE_ISDECIMAL(at(t, k)))
            k++;
        if (k < t->length && at(t, k) == ' ')
            k++;
        Py_UCS4 mark = at(t, k);
        return (mark == '.' || mark == ')') && k + 1 < t->length && Py_UNICODE_ISSPACE(at(t, k + 1));
    }
    return starts_with(t, j, ITEM_CAN) || starts_with(t, j, ITEM_CAN_UPPER)
           || (starts_with(t, j, ITEM_ARTICLE) && article_number(t, j + 4))
           || (starts_with(t, j, ITEM_CHAPTER) && chapter_number(t, j + 6))
           || starts_with_pair(t, j, ITEM_CARRY, ITEM_CARRY_2) || starts_with_pair(t, j, ITEM_DEPLOY, ITEM_DEPLOY_2);
}

/* Whether a footnote mark ("[5]": one to three digits in brackets) stands at `j`. */
static int footnote_mark(const Text *t, Py_ssize_t j)
{
    if (at(t, j) != '[')
        return 0;
    Py_ssize_t k = j + 1;
    while (k < t->length && k - j <= 3 && Py_UNICODE_ISDECIMAL(at(t, k)))
        k++;
    return k > j + 1 && at(t, k) == ']' && k < t->length;
}

/* Where the boundary that may start at `p` ends, or -1 where none does; `*then` is set to
 * the start of a second sentence inside it (". " then spaces to the line break). The
 * branches are tried in the order of govdoc._links._BOUNDARY. */
static Py_ssize_t boundary_end(const Text *t, Py_ssize_t p, Py_ssize_t *then)
{
    Py_UCS4 c = at(t, p);
    Py_ssize_t j = p + 1, k = p + 1;
    *then = -1;
    if (c == '.' || c == '?' || c == '!') {
        Py_UCS4 next = at(t, j);
        if (j < t->length && !Py_UNICODE_ISSPACE(next) && next != '*' && !footnote_mark(t, j))
            return -1;
        while (is_blank(at(t, k)))
            k++;
        if (k > j && k < t->length && at(t, k) == '\n') {
            *then = j;
            return k + 1;
        }
        return j;
    }
    if (c == ';' || c == ':' || c == '*' || c == '|') {
        while (is_blank(at(t, k)))
            k++;
        if (k == j || k >= t->length || at(t, k) != '\n')
            return -1;
        return c == ';' && (opens_listed_document(t, k + 1) || opens_listed_part(t, k + 1)) ? -1 : k + 1;
    }
    if (c != '\n')
        return -1;
    Py_ssize_t last_break = -1; /* a blank line: white space up to its last line break */
    for (; k < t->length && Py_UNICODE_ISSPACE(at(t, k)); k++)
        if (at(t, k) == '\n')
            last_break = k;
    if (last_break >= 0)
        return last_break + 1;
    if (p > 0 && is_closing(at(t, p - 1)))
        return at(t, p - 1) == ';' && (opens_listed_document(t, j) || opens_listed_part(t, j)) ? -1 : j;
    return opens_item(t, j) ? j : -1;
}

/* The first position from `i` holding a character a boundary starts at, or the length:
 * a typed loop per character width, as this skips nearly all of the text. */
#define SKIP_TO_BOUNDARY_CHAR(CHAR)                                                           \
    {                                                                                         \
        const CHAR *text = t->data;                                                           \
        while (i < t->length && (text[i] > '|' || !(text[i] == '\n' || is_closing(text[i]))))  \
            i++;                                                                              \
        return i;                                                                             \
    }

static Py_ssize_t next_boundary_char(const Text *t, Py_ssize_t i)
{
    if (t->kind == PyUnicode_1BYTE_KIND)
        SKIP_TO_BOUNDARY_CHAR(Py_UCS1)
    if (t->kind == PyUnicode_2BYTE_KIND)
        SKIP_TO_BOUNDARY_CHAR(Py_UCS2)
    SKIP_TO_BOUNDARY_CHAR(Py_UCS4)
}

PyDoc_STRVAR(sentence_starts_doc,
"sentence_starts(text, /)\n--\n\n"
"Where the sentences of `text` start: 0, then the end of every sentence boundary (and,\n"
"for a boundary holding two, the start of the second), as govdoc._links reads them.");

static PyObject *sentence_starts(PyObject *Py_UNUSED(module), PyObject *arg)
{
    Text t;
    if (read_text(arg, &t) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL || append_position(out, 0) < 0)
        goto error;
    Py_ssize_t i = 0;
    while ((i = next_boundary_char(&t, i)) < t.length) {
        Py_ssize_t then, end = boundary_end(&t, i, &then);
        if (end < 0) {
            i++;
            continue;
        }
        if ((then >= 0 && append_position(out, then) < 0) || append_position(out, end) < 0)
            goto error;
        i = end;
    }
    return out;
error:
    Py_XDECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"views", (PyCFunction)(void (*)(void))views, METH_FASTCALL, views_doc},
    {"symbol_starts", (PyCFunction)symbol_starts, METH_O, symbol_starts_doc},
    {"word_starts", (PyCFunction)(void (*)(void))word_starts, METH_FASTCALL, word_starts_doc},
    {"word_matches", (PyCFunction)(void (*)(void))word_matches, METH_FASTCALL, word_matches_doc},
    {"sentence_starts", (PyCFunction)sentence_starts, METH_O, sentence_starts_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "govdoc._cscan",
    .m_doc = "Text views, candidate scans and sentence boundaries in C for govdoc's finder.",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__cscan(void)
{
    return PyModule_Create(&module);
}
