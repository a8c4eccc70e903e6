## Messages of the open-format rules (open_formats.rego), in English. A rule's title and
## remediation are in its METADATA; the clause it proposes is here, in every language.

open_formats-proprietary_required =
    .clause = Deliverables are provided in ODF (ISO/IEC 26300); final documents in PDF/A.
open_formats-proprietary_required-proprietary = The tender requires the proprietary format { $format }.
open_formats-proprietary_required-vendor_controlled_only = The tender accepts only { $format }, a format controlled by its vendor.
open_formats-proprietary_required-vendor_controlled = The tender requires { $format }, a format controlled by its vendor, and accepts no open format for the same documents.
open_formats-proprietary_required-office_compatibility = The tender requires compatibility with { $product } rather than with open document formats.
open_formats-proprietary_required-office_compatibility_wished = The tender wishes for compatibility with { $product }: ask for open document formats (ODF) as well, so that other office suites qualify.
open_formats-proprietary_required-office_compatibility_besides_open = The tender requires compatibility with { $product } besides the open formats it asks for elsewhere: accept open document formats (ODF) for the files edited too, so that other office suites qualify.

open_formats-proprietary_protocol =
    .clause = The service supports IMAP, CalDAV and CardDAV; authentication relies on OpenID Connect or SAML 2.0.
open_formats-proprietary_protocol-proprietary = The tender requires the proprietary protocol { $protocol }.
open_formats-proprietary_protocol-compatibility = The tender requires compatibility with { $product } rather than with open protocols.
