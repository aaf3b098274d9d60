//! The set of vendor APIs: one spec and one row each.

/// One vendor API: where its spec is and how its client is generated.
#[derive(Debug)]
pub(crate) struct Vendor {
    /// The spec's file name under `specs/`.
    pub(crate) spec: &'static str,
    /// The client crate's directory, relative to the workspace root.
    pub(crate) crate_dir: &'static str,
}

impl Vendor {
    pub(crate) fn spec_path(&self) -> String {
        format!("specs/{}", self.spec)
    }

    pub(crate) fn output_path(&self) -> String {
        format!("{}/src/generated.rs", self.crate_dir)
    }
}

/// Every vendor API this workspace generates a client for. Adding a vendor is
/// one spec in `specs/` plus one row here (and its crate with `lib.rs` and auth).
pub(crate) const VENDORS: &[Vendor] = &[
    Vendor {
        spec: "astra.yaml",
        crate_dir: "crates/astra",
    },
    Vendor {
        spec: "dynatrace.yaml",
        crate_dir: "crates/dynatrace",
    },
    Vendor {
        spec: "emr-serverless-spark.yaml",
        crate_dir: "crates/emr-serverless-spark",
    },
    Vendor {
        spec: "gitlab.yaml",
        crate_dir: "crates/gitlab",
    },
];
