# Compiler settings every target of the project links (PRIVATE): warnings, Qt's strict string and iterator
# modes, and the VERO_WERROR / VERO_SANITIZE switches. One place, so no target is built with fewer checks.
add_library(vero_common_cfg INTERFACE)
target_compile_options(vero_common_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast)
target_compile_definitions(vero_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(VERO_WERROR)
    target_compile_options(vero_common_cfg INTERFACE -Werror)
endif()
if(VERO_SANITIZE)
    set(sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(vero_common_cfg INTERFACE ${sanitizers})
    target_link_options(vero_common_cfg INTERFACE ${sanitizers})
endif()
