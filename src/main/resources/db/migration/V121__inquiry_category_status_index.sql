-- Every acknowledgement counts the open inquiries of its category (the surge apology): with the status in the
-- index the count reads only the index entries of the open ones instead of every inquiry ever filed in the category.
CREATE INDEX ix_inquiry_category_status ON inquiry (category, status);
