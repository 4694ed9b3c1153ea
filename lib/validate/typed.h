/* Reading decoded (typed, defaulted) values through their schema: the
 * checks that the API server runs on the defaulted object and that need
 * more than one node (list-type uniqueness, oneOf/anyOf/allOf/not), plus
 * small value predicates shared with the CEL rule functions. */
#ifndef GWAPI_TYPED_H
#define GWAPI_TYPED_H

#include <stdbool.h>
#include <stdint.h>
#include "../schema/engine.h"

/* A decoded value seen through its schema. */
typedef enum tval_kind {
    TV_ABSENT = 0, TV_STRING, TV_INT, TV_NUMBER, TV_BOOL, TV_OBJECT, TV_LIST, TV_ANY
} tval_kind;

typedef struct tval {
    tval_kind kind;
    const gw_schema *schema;
    gwapi_str str;     /* TV_STRING: every byte */
    int64_t i;
    double d;
    bool b;
    const void *ptr;   /* object struct, gw_list, or gwapi_value */
} tval;

/* Reads a slot (element=false) or an element (element=true) of schema s. */
tval typed_read(const gw_schema *s, const void *slot, bool element);
/* Reads the member `name` of an object struct of schema s. */
tval typed_member(const gw_schema *s, const void *obj, const char *name);

/* x-kubernetes-list-type set/map duplicates, as "Duplicate value: ...". */
void typed_check_unique(engine *e, const gw_schema *s, const gwapi_value *v, const gw_list *l);
/* allOf/anyOf/oneOf/not of s against the decoded value. */
void typed_check_combinators(engine *e, const gw_schema *s, const void *slot, bool element,
                             const gwapi_value *v);

/* The combinators of s evaluated on a raw value that did not decode (its
 * type does not match s), as kube-openapi evaluates them on any value. */
void typed_check_combinators_raw(engine *e, const gw_schema *s, const gwapi_value *v);

#endif
