//! The generated `OPERATIONS` table of every vendor crate: per operation of
//! the spec, the facts the hand-written hooks need and progenitor does not
//! carry. `cargo xtask generate` writes one [`Operations`] per crate; the
//! row type and its look-ups live here, once.

/// One operation of a spec, as the hand-written request hooks need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// progenitor's name (`OperationInfo::operation_id`, e.g. `get_api_token`).
    pub id: &'static str,
    /// The spec's `operationId` (e.g. `getApiToken`).
    pub operation_id: &'static str,
    /// The media types the spec declares for its responses, for `Accept`.
    pub accept: &'static str,
    /// The media type the spec declares for the request body, for `Content-Type`.
    pub content_type: Option<&'static str>,
    /// Alibaba's `x-acs-action`, when the spec gives one.
    pub acs_action: Option<&'static str>,
    /// Whether the call may be sent again after a lost answer (`x-idempotent`,
    /// else by method): only such calls are retried once they may have
    /// reached the server.
    pub idempotent: bool,
}

/// Every operation of one spec, in spec order.
#[derive(Debug, Clone, Copy)]
pub struct Operations(&'static [Operation]);

impl Operations {
    /// The table of `rows` (written by `cargo xtask generate`).
    pub const fn new(rows: &'static [Operation]) -> Self {
        Self(rows)
    }

    /// Every row, in spec order.
    pub fn iter(self) -> std::slice::Iter<'static, Operation> {
        self.0.iter()
    }

    /// The operation progenitor names `id` (`OperationInfo::operation_id`).
    pub fn by_id(self, id: &str) -> Option<&'static Operation> {
        self.0.iter().find(|operation| operation.id == id)
    }

    /// Whether the spec declares the operation with `operationId`
    /// `operation_id` safe to send again after a lost answer: its
    /// `x-idempotent`, else its method. Unknown operations are not.
    pub fn is_idempotent(self, operation_id: &str) -> bool {
        self.0
            .iter()
            .any(|operation| operation.operation_id == operation_id && operation.idempotent)
    }

    /// [`Operations::is_idempotent`] by progenitor's name of the operation.
    pub fn is_idempotent_id(self, id: &str) -> bool {
        self.by_id(id).is_some_and(|operation| operation.idempotent)
    }

    /// Sets `Accept` and `Content-Type` of `request` to the media types the
    /// spec declares for the operation progenitor names `id` (progenitor
    /// sends `application/json` for both); returns the operation.
    pub fn set_media_types(
        self,
        request: &mut reqwest::Request,
        id: &str,
    ) -> Option<&'static Operation> {
        let operation = self.by_id(id)?;
        crate::auth::accept(request, operation.accept);
        crate::auth::content_type(request, operation.content_type);
        Some(operation)
    }
}

impl IntoIterator for Operations {
    type Item = &'static Operation;
    type IntoIter = std::slice::Iter<'static, Operation>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: Operations = Operations::new(&[
        Operation {
            id: "create_token",
            operation_id: "createToken",
            accept: "application/json, application/problem+json",
            content_type: Some("application/json"),
            acs_action: None,
            idempotent: false,
        },
        Operation {
            id: "get_token",
            operation_id: "getToken",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
    ]);

    #[test]
    fn look_ups_by_either_name_and_unknown_operations_are_not_idempotent() {
        assert_eq!(
            TABLE.by_id("get_token").map(|o| o.operation_id),
            Some("getToken")
        );
        assert!(TABLE.by_id("getToken").is_none());
        assert!(TABLE.is_idempotent("getToken") && TABLE.is_idempotent_id("get_token"));
        assert!(!TABLE.is_idempotent("createToken") && !TABLE.is_idempotent_id("create_token"));
        assert!(!TABLE.is_idempotent("noSuchOperation") && !TABLE.is_idempotent_id("get"));
        assert_eq!(TABLE.into_iter().count(), 2);
    }

    #[test]
    fn media_types_come_from_the_spec() -> Result<(), Box<dyn std::error::Error>> {
        let mut request =
            reqwest::Request::new(reqwest::Method::POST, "https://example.test/".parse()?);
        *request.body_mut() = Some("{}".into());
        let operation = TABLE.set_media_types(&mut request, "create_token");
        assert_eq!(operation.map(|o| o.id), Some("create_token"));
        let headers = request.headers();
        assert_eq!(
            headers[reqwest::header::ACCEPT],
            "application/json, application/problem+json"
        );
        assert_eq!(headers[reqwest::header::CONTENT_TYPE], "application/json");
        assert!(TABLE.set_media_types(&mut request, "unknown").is_none());
        Ok(())
    }
}
