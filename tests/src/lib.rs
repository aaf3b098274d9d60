//! Workspace-level integration tests live in `tests/tests/`. This library
//! compiles the root README's examples as doctests, so they stay true.
#![doc = include_str!("../../README.md")]
