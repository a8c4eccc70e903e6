fn main() {
    tenderlint_fuzz::fuzz(tenderlint_fuzz::door::Target::Eforms);
}
