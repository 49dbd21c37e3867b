public enum Form4XMLPlaceholder {}
