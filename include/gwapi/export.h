/* Symbol export and C++ linkage macros shared by every public header. */
#ifndef GWAPI_EXPORT_H
#define GWAPI_EXPORT_H

#if defined(GWAPI_STATIC)
#  define GWAPI_EXPORT
#elif defined(_WIN32)
#  if defined(GWAPI_BUILDING)
#    define GWAPI_EXPORT __declspec(dllexport)
#  else
#    define GWAPI_EXPORT __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define GWAPI_EXPORT __attribute__((visibility("default")))
#else
#  define GWAPI_EXPORT
#endif

#ifdef __cplusplus
#  define GWAPI_BEGIN_DECLS extern "C" {
#  define GWAPI_END_DECLS }
#else
#  define GWAPI_BEGIN_DECLS
#  define GWAPI_END_DECLS
#endif

#endif
