# Every dependency comes from Debian 12 packages installed by scripts/install-deps.sh. An installed
# Lectern reads this file too (LecternConfig.cmake), since its static libraries link these.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(xapian REQUIRED CONFIG)
find_package(spdlog REQUIRED CONFIG)
find_package(fmt REQUIRED CONFIG)
find_package(nlohmann_json REQUIRED CONFIG)
find_package(simdjson REQUIRED CONFIG)
find_package(CLI11 REQUIRED CONFIG)
find_package(tomlplusplus REQUIRED CONFIG)
find_package(yaml-cpp REQUIRED CONFIG)
find_package(md4c REQUIRED CONFIG)
find_package(ICU REQUIRED COMPONENTS uc i18n)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET GLOBAL cpp-httplib)

# Snowball's libstemmer ships neither CMake nor pkg-config files.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
if(NOT TARGET stemmer::stemmer)  # this file is also read by an installed LecternConfig.cmake
  add_library(stemmer::stemmer UNKNOWN IMPORTED)
  set_target_properties(stemmer::stemmer PROPERTIES
    IMPORTED_LOCATION "${STEMMER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")
endif()

if(NOT TARGET xapian::xapian)
  add_library(xapian::xapian INTERFACE IMPORTED)
  set_target_properties(xapian::xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

# Compact Language Detector 2: no CMake or pkg-config files either.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
if(NOT TARGET cld2::cld2)
  add_library(cld2::cld2 UNKNOWN IMPORTED)
  set_target_properties(cld2::cld2 PROPERTIES
    IMPORTED_LOCATION "${CLD2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
endif()
