# Per-target build settings: warnings and sanitizers are applied by function, never globally,
# so that third-party code pulled in by find_package is left alone.

function(lectern_target_settings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(LECTERN_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  if(LECTERN_FUZZ)
    # Coverage for libFuzzer in every Lectern target; only the fuzzers link libFuzzer's main.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  if(LECTERN_SANITIZE_THREAD)
    target_compile_options(${target} PRIVATE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=thread)
  endif()
endfunction()

# A library of one folder: sources under src/, public headers under include/.
# Installed with its headers and exported as Lectern::<name> (cmake/LecternConfig.cmake.in).
function(lectern_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(lectern_${name} ${ARG_SOURCES})
  add_library(lectern::${name} ALIAS lectern_${name})
  set_target_properties(lectern_${name} PROPERTIES EXPORT_NAME ${name} OUTPUT_NAME lectern_${name})
  target_include_directories(lectern_${name}
    PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_compile_features(lectern_${name} PUBLIC cxx_std_20)
  target_link_libraries(lectern_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  lectern_target_settings(lectern_${name})
  install(TARGETS lectern_${name} EXPORT LecternTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
  install(DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endfunction()

# Compiles a text data file into the binary as `std::string_view lectern::FUNCTION()`, so that
# Lectern needs no data files at run time. Appends the generated source to OUT_SOURCES.
function(lectern_embed_text out_sources file function)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
  file(READ ${file} LECTERN_EMBED_TEXT)
  if(LECTERN_EMBED_TEXT MATCHES "\\)lectern_embed\"")
    message(FATAL_ERROR "${file} must not contain the text )lectern_embed\" (it ends the embedded string)")
  endif()
  set(LECTERN_EMBED_SOURCE ${file})
  set(LECTERN_EMBED_FUNCTION ${function})
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/generated/${function}.cc)
  configure_file(${PROJECT_SOURCE_DIR}/common/src/embedded_text.cc.in ${generated} @ONLY)
  set(${out_sources} ${${out_sources}} ${generated} PARENT_SCOPE)
endfunction()
